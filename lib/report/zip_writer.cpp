#include "report/zip_writer.hpp"

#include <zip.h>

#include <memory>

#include "ducha/error.hpp"

namespace ducha::report {
namespace {

[[noreturn]] void fail(const std::string& what, zip_error_t* e) {
  std::string msg = "zip: " + what + (e ? std::string(": ") + zip_error_strerror(e) : "");
  throw Error(ErrorCode::io_error, msg);
}

std::string read_source(zip_source_t* src) {
  if (zip_source_open(src) < 0) fail("cannot reopen the archive", zip_source_error(src));
  std::string out;
  char buf[65536];
  zip_int64_t n;
  while ((n = zip_source_read(src, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  zip_source_close(src);
  if (n < 0) fail("cannot read the archive", zip_source_error(src));
  return out;
}

}  // namespace

std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* mem = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!mem) fail("cannot create a buffer", &err);
  zip_source_keep(mem);
  std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> keep(mem, zip_source_free);
  zip_t* z = zip_open_from_source(mem, ZIP_TRUNCATE, &err);
  if (!z) fail("cannot open the archive", &err);
  for (const auto& [name, content] : entries) {
    // libzip reads the data when the archive is closed: `entries` outlives zip_close.
    zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
    if (!s || zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
      if (s) zip_source_free(s);
      std::string why = zip_strerror(z);
      zip_discard(z);
      throw Error(ErrorCode::io_error, "zip: cannot add " + name + ": " + why);
    }
  }
  if (zip_close(z) < 0) {
    std::string why = zip_strerror(z);
    zip_discard(z);
    throw Error(ErrorCode::io_error, "zip: cannot write the archive: " + why);
  }
  return read_source(mem);
}

std::vector<std::pair<std::string, std::string>> unzip_archive(const std::string& bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) fail("cannot read a buffer", &err);
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!z) {
    zip_source_free(src);
    fail("not a ZIP archive", &err);
  }
  std::vector<std::pair<std::string, std::string>> out;
  zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    if (zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) < 0 || !f) {
      if (f) zip_fclose(f);
      zip_discard(z);
      throw Error(ErrorCode::io_error, "zip: cannot read entry " + std::to_string(i));
    }
    std::string content(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t got = content.empty() ? 0 : zip_fread(f, content.data(), st.size);
    zip_fclose(f);
    if (got != static_cast<zip_int64_t>(st.size)) {
      zip_discard(z);
      throw Error(ErrorCode::io_error, std::string("zip: short read of ") + st.name);
    }
    out.emplace_back(st.name, std::move(content));
  }
  zip_discard(z);
  return out;
}

}  // namespace ducha::report
