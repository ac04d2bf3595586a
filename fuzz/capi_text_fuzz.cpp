// The C interface's text entries (ducha_extract, ducha_assess_text): any bytes give
// DUCHA_OK with a NUL-terminated JSON buffer, or a negative status with a message;
// never a crash, and never an exception across the C ABI.
#include <cstdint>
#include <cstring>

#include "ducha.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const char* text = reinterpret_cast<const char*>(data);
  const void* nl = std::memchr(text, '\n', size);
  std::size_t split = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text) : size;
  ducha_buf out{};
  int s = ducha_extract(text, size, 2022, &out);
  if (s == DUCHA_OK) {
    if (!out.ptr || out.ptr[out.size] != '\0') __builtin_trap();
    ducha_buf_free(&out);
  } else if (s > 0 || !ducha_error_last()) {
    __builtin_trap();
  }
  const char* progress = split < size ? text + split + 1 : "";
  std::size_t progress_len = split < size ? size - split - 1 : 0;
  s = ducha_assess_text(text, split, progress, progress_len, DUCHA_ITEM_TASK, nullptr, 2022, "2022-06-30", &out);
  if (s == DUCHA_OK) {
    if (!out.ptr || out.ptr[out.size] != '\0') __builtin_trap();
    ducha_buf_free(&out);
  } else if (s > 0 || !ducha_error_last()) {
    __builtin_trap();
  }
  return 0;
}
