#include <iostream>
#include <string>

#include "args.hpp"
#include "commands.hpp"
#include "io/extraction_json.hpp"
#include "io/json_writer.hpp"
#include "text/extraction.hpp"

namespace ducha::cli {

// One JSON object per input line. A line that is not UTF-8 gets an error object
// naming its line number and byte; the others are still read; the exit code is 2.
int run_extract(const std::vector<std::string>& argv) {
  Args args(argv, {"year"}, {});
  if (!args.positional().empty()) throw UsageError("extract reads lines on standard input");
  int year = 0;
  if (const auto* y = args.get("year")) {
    try {
      year = std::stoi(*y);
    } catch (const std::logic_error&) {
      throw UsageError("--year must be a year such as 2022");
    }
    if (year < 1900 || year > 9999) throw UsageError("--year must be between 1900 and 9999");
  }
  std::string line;
  long number = 0;
  int status = 0;
  std::ios::sync_with_stdio(false);
  while (std::getline(std::cin, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    try {
      std::cout << io::compact(io::extraction_json(line, text::extract(line, year))) << '\n';
    } catch (const Error& e) {
      std::cout << io::compact(boost::json::object{{"line", number}, {"error", e.what()}}) << '\n';
      std::cerr << "ducha: error: <stdin>:" << number << ": " << e.what() << "\n";
      status = 2;
    }
  }
  return status;
}

}  // namespace ducha::cli
