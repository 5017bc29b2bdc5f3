#pragma once
int adler(void);
