#include <easel_absent/easel_absent.h>

int shim(void) { return easel_absent_version(); }
