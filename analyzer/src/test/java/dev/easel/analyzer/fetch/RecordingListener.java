package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.Problem;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event a fetch reported, for assertions. */
final class RecordingListener implements FetchListener {

    record Retry(String url, int retry, Duration delay, String why) {
    }

    final List<Integer> planned = new CopyOnWriteArrayList<>();
    final List<String> started = new CopyOnWriteArrayList<>();
    final List<ArchiveOutcome> finished = new CopyOnWriteArrayList<>();
    final List<Retry> retries = new CopyOnWriteArrayList<>();
    final List<Problem> problems = new CopyOnWriteArrayList<>();

    @Override
    public void planned(int outcomes) {
        planned.add(outcomes);
    }

    @Override
    public void started(String id) {
        started.add(id);
    }

    @Override
    public void finished(ArchiveOutcome outcome) {
        finished.add(outcome);
    }

    @Override
    public void retrying(String url, int retry, Duration delay, String why) {
        retries.add(new Retry(url, retry, delay, why));
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }
}
