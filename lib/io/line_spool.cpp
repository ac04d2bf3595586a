#include "io/line_spool.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <vector>

#include "ducha/error.hpp"

namespace ducha::io {
namespace {

[[noreturn]] void fail(const std::string& what, int error) {
  throw Error(ErrorCode::io_error, "the temporary file holding the evaluation's item lines: " + what + ": " +
                                       std::strerror(error));
}

std::FILE* temporary_file() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);  // TMPDIR, else /tmp
  if (ec) dir = "/tmp";
  std::string name = (dir / "ducha-lines-XXXXXX").string();
  int fd = ::mkstemp(name.data());
  if (fd < 0) fail("cannot create it in " + dir.string(), errno);
  ::unlink(name.c_str());  // gone when closed, whatever happens
  std::FILE* f = ::fdopen(fd, "w+b");
  if (!f) {
    int error = errno;
    ::close(fd);
    fail("cannot open it", error);
  }
  return f;
}

}  // namespace

LineSpool::~LineSpool() {
  if (file_) std::fclose(file_);
}

void LineSpool::spill() {
  file_ = temporary_file();
  std::string held;
  held.swap(memory_);  // its memory goes with `held`
  write(held);
}

void LineSpool::write(std::string_view text) {
  if (!file_ && memory_.size() + text.size() > memory_bytes_) spill();
  if (!file_) {
    memory_.append(text);
    return;
  }
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail("cannot write it", errno);
}

void LineSpool::copy_to(std::ostream& out) {
  if (!file_) {
    out.write(memory_.data(), static_cast<std::streamsize>(memory_.size()));
    return;
  }
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) fail("cannot read it back", errno);
  std::vector<char> buffer(std::size_t{1} << 20);
  std::size_t got;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), file_)) > 0 && out)
    out.write(buffer.data(), static_cast<std::streamsize>(got));
  if (std::ferror(file_)) fail("cannot read it back", errno);
}

}  // namespace ducha::io
