// The pieces every ducha subcommand is built from (CLI11): how inputs and outputs
// are named ("-" is standard input/output), how option values are checked so
// that an error names the option and the value, and the shared --quiet flag.
// docs/cli.md describes the conventions; /work notes: "adding a subcommand".
#pragma once

#include <CLI/CLI.hpp>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "ducha/error.hpp"
#include "ducha/plan.hpp"
#include "ducha/schedule.hpp"
#include "io/limits.hpp"

namespace ducha::cli {

// A usage error: reported as "ducha: usage error: …", exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// State shared by all commands (options that every command accepts).
struct Globals {
  bool quiet = false;  // --quiet: no warnings or notes on stderr; errors are still printed
  io::Limits limits;   // --limit NAME=VALUE (docs/reliability.md, "Limits")
};

// The limits of this run (--limit), for the commands' readers.
const io::Limits& limits();

// A registered subcommand: its CLI11 app and what runs when it was chosen.
// `run` returns the exit status: 0 success, 1 findings, 2 usage or input error.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// Creates the subcommand `name` with its description and a footer of examples
// (shown by `ducha NAME --help`), plus -q/--quiet and --limit bound to `globals`.
CLI::App* add_command(CLI::App& root, Globals& globals, const std::string& name, const std::string& description,
                      const std::string& examples);

// -o/--output FILE ("-", the default, is standard output).
CLI::Option* add_output_option(CLI::App* command, std::string& path);
// A positional input FILE ("-" is standard input). Not required by CLI11: a
// command with a `needed` input says what is missing (require_input) in its own words.
enum class Presence { needed, optional };
CLI::Option* add_input(CLI::App* command, const std::string& name, std::string& path, const std::string& help,
                       Presence presence = Presence::needed);
void require_input(const std::string& path, const std::string& message);
bool is_optional_input(const CLI::Option* option);

// Reads a whole input; "-" is standard input (which can be read only once per run).
// More than limits().input_bytes is an error.
std::string read_input(const std::string& path);
// The name an input has in error messages: the path, or "<stdin>".
std::string input_name(const std::string& path);
// Runs `read` (a reader of the input `name`); an Error that does not name the
// input yet is given its name ("report.txt: invalid UTF-8 at byte 19").
template <class Read>
auto naming_input(const std::string& name, Read read) -> decltype(read()) {
  try {
    return read();
  } catch (const Error& e) {
    if (std::string_view(e.what()).substr(0, name.size() + 1) == name + ":") throw;
    throw Error(e.code(), name + ": " + e.what(), e.position());
  }
}
// Writes a whole output; "-" or "" is standard output.
void write_output(const std::string& path, const std::string& content);

// An output written piece by piece (line-oriented commands).
class OutputStream {
 public:
  explicit OutputStream(const std::string& path);
  std::ostream& get() { return *out_; }
  void finish();  // flushes and reports a write failure naming the file

 private:
  std::string path_;
  std::unique_ptr<std::ofstream> file_;
  std::ostream* out_;
};

// A line read from a stream, piece by piece ("-" is standard input).
class InputStream {
 public:
  explicit InputStream(const std::string& path);
  std::istream& get() { return *in_; }
  // The next line (limits().line_bytes at most, its end of line removed); false
  // at the end. A longer line throws an Error naming the line and the limit,
  // and the next call reads the line after it.
  bool next_line(std::string& line, long& number);
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::unique_ptr<std::ifstream> file_;
  std::istream* in_;
};

// Option values checked with errors that name the option and the value.
void check_choice(const std::string& option, const std::string& value, std::initializer_list<const char*> allowed);
int year_option(const std::string& option, const std::string& value);
Date date_option(const std::string& option, const std::string& value);

// A warning or note on stderr, unless --quiet.
void warn(const Globals& globals, const std::string& message);

}  // namespace ducha::cli
