// A ZIP archive built in memory with libzip (for DOCX and for rewriting XLSX parts).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace ducha::report {

// Entries in order, each (name, content); returns the archive's bytes.
std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& entries);
// Every entry of an archive, in order.
std::vector<std::pair<std::string, std::string>> unzip_archive(const std::string& bytes);

}  // namespace ducha::report
