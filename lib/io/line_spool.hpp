// Lines kept until they can be written: in memory up to a few MiB, past that in an
// unlinked temporary file (in TMPDIR, else /tmp), so that holding the lines of a million
// items costs disk, not memory. The JSON Lines of a plan wait here for their first line,
// which counts them (io/plan_lines.hpp).
#pragma once

#include <cstddef>
#include <cstdio>
#include <iosfwd>
#include <string>
#include <string_view>

namespace ducha::io {

class LineSpool {
 public:
  explicit LineSpool(std::size_t memory_bytes = std::size_t{8} << 20) : memory_bytes_(memory_bytes) {}
  LineSpool(const LineSpool&) = delete;
  LineSpool& operator=(const LineSpool&) = delete;
  ~LineSpool();

  void write(std::string_view text);  // an Error (io_error) when the temporary file cannot be written
  // Everything written, in order, to `out`; an Error when the temporary file cannot be read back.
  void copy_to(std::ostream& out);
  bool spilled() const { return file_ != nullptr; }  // a temporary file was needed

 private:
  void spill();

  std::size_t memory_bytes_;
  std::string memory_;
  std::FILE* file_ = nullptr;
};

}  // namespace ducha::io
