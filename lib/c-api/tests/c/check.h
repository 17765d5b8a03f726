/* The C tests' check: print the first failed condition and exit 1. */
#ifndef TRIDENT_TEST_CHECK_H
#define TRIDENT_TEST_CHECK_H
#include <stdio.h>

#define CHECK(c)                                                   \
  do {                                                             \
    if (!(c)) {                                                    \
      printf("FAILED at line %d: %s\n", __LINE__, #c);             \
      return 1;                                                    \
    }                                                              \
  } while (0)

#endif
