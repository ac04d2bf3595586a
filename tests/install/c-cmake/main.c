/* A C program built against an installed ducha with find_package(ducha). */
#include <ducha.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  if (ducha_version_number() != DUCHA_VERSION_NUMBER) {
    fprintf(stderr, "header %d, library %d\n", DUCHA_VERSION_NUMBER, ducha_version_number());
    return 1;
  }
  ducha_buf ratio = {0, 0};
  if (ducha_decimal_ratio("33.31", 5, "150", 3, &ratio) != DUCHA_OK) {
    fprintf(stderr, "%s\n", ducha_error_last());
    return 1;
  }
  printf("ratio %s\n", ratio.ptr);
  int ok = strcmp(ratio.ptr, "3331/15000") == 0;
  ducha_buf_free(&ratio);
  return ok ? 0 : 1;
}
