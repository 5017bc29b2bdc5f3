// name: unsafe-distribution
// description: How many crates (latest analysed version) have how much unsafe: unsafe_total in logarithmic buckets (0, 1-9, 10-99, ...), every bucket listed even when empty; max is empty for the open last bucket.
// columns: bucket, min, max, crates
MATCH (v:Version)
WHERE v.latest AND v.analysed
WITH collect(coalesce(v.unsafe_total, 0)) AS totals
UNWIND [[0, 0, '0'], [1, 9, '1-9'], [10, 99, '10-99'], [100, 999, '100-999'], [1000, 9999, '1000-9999'],
        [10000, null, '10000+']] AS b
RETURN b[2] AS bucket, b[0] AS min, b[1] AS max, size([t IN totals WHERE t >= b[0] AND (b[1] IS NULL OR t <= b[1])]) AS crates
ORDER BY min
