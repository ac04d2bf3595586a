#include "app.hpp"

#include <iostream>
#include <set>
#include <sstream>

#include "ducha/error.hpp"
#include "io/json_reader.hpp"

namespace ducha::cli {
namespace {

bool stdin_taken = false;
const Globals* globals_of_run = nullptr;
std::set<const CLI::Option*> optional_inputs;

void take_stdin() {
  if (stdin_taken) throw UsageError("standard input (-) can be read only once per command");
  stdin_taken = true;
}

}  // namespace

CLI::App* add_command(CLI::App& root, Globals& globals, const std::string& name, const std::string& description,
                      const std::string& examples) {
  CLI::App* command = root.add_subcommand(name, description);
  command->allow_extras();  // main() reports leftovers as "unknown option --x" / "unexpected argument"
  command->add_flag("-q,--quiet", globals.quiet, "No warnings or notes on stderr (errors are still printed)");
  command
      ->add_option_function<std::vector<std::string>>(
          "--limit",
          [&globals](const std::vector<std::string>& values) {
            for (const std::string& v : values)
              if (auto problem = globals.limits.set(v)) throw UsageError("--limit: " + *problem);
          },
          std::string("Raise or lower a limit, NAME=VALUE (K, M, G: powers of 1024); names: ") + io::Limits::kNames)
      ->type_name("NAME=VALUE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  globals_of_run = &globals;
  if (!examples.empty()) command->footer("Examples:\n" + examples);
  return command;
}

CLI::Option* add_output_option(CLI::App* command, std::string& path) {
  path = "-";
  return command->add_option("-o,--output", path, "Write to FILE instead of standard output (- is standard output)")
      ->type_name("FILE");
}

CLI::Option* add_input(CLI::App* command, const std::string& name, std::string& path, const std::string& help,
                       Presence presence) {
  CLI::Option* option = command->add_option(name, path, help + " (- is standard input)")->type_name("FILE");
  if (presence == Presence::optional) optional_inputs.insert(option);
  return option;
}

bool is_optional_input(const CLI::Option* option) { return optional_inputs.count(option) != 0; }

void require_input(const std::string& path, const std::string& message) {
  if (path.empty()) throw UsageError(message);
}

const io::Limits& limits() {
  static const io::Limits defaults;
  return globals_of_run ? globals_of_run->limits : defaults;
}

std::string read_input(const std::string& path) {
  if (path != "-") return io::read_file(path, limits().input_bytes);
  take_stdin();
  return io::read_all(std::cin, "<stdin>", limits().input_bytes);
}

std::string input_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

void write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    if (!std::cout) throw Error(ErrorCode::io_error, "<stdout>: write failed");
    return;
  }
  io::write_file(path, content);
}

OutputStream::OutputStream(const std::string& path) : path_(path), out_(&std::cout) {
  if (path.empty() || path == "-") return;
  file_ = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!*file_) throw Error(ErrorCode::io_error, path + ": cannot open for writing");
  out_ = file_.get();
}

void OutputStream::finish() {
  out_->flush();
  if (file_) file_->close();
  if (!*out_ || (file_ && !*file_))
    throw Error(ErrorCode::io_error, (file_ ? path_ : std::string("<stdout>")) + ": write failed");
}

InputStream::InputStream(const std::string& path) : name_(input_name(path)), in_(&std::cin) {
  if (path == "-") {
    take_stdin();
    return;
  }
  file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file_) throw Error(ErrorCode::io_error, path + ": cannot open file");
  in_ = file_.get();
}

bool InputStream::next_line(std::string& line, long& number) {
  io::LineRead r = io::read_line(*in_, line, limits().line_bytes);
  if (r == io::LineRead::end) return false;
  ++number;
  if (r == io::LineRead::too_long)
    throw Error(ErrorCode::out_of_range, name_ + ":" + std::to_string(number) + ": line of more than " +
                                             std::to_string(limits().line_bytes) + " bytes, " +
                                             io::over_limit("line-bytes", limits().line_bytes));
  return true;
}

void check_choice(const std::string& option, const std::string& value, std::initializer_list<const char*> allowed) {
  std::string list;
  std::size_t i = 0;
  for (const char* a : allowed) {
    if (value == a) return;
    list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + std::string(a);
    ++i;
  }
  throw UsageError(option + " must be " + list + ", not \"" + value + "\"");
}

int year_option(const std::string& option, const std::string& value) {
  int year = 0;
  std::size_t used = 0;
  try {
    year = std::stoi(value, &used);
  } catch (const std::logic_error&) {
    used = 0;
  }
  if (used != value.size() || value.empty())
    throw UsageError(option + " must be a year such as 2022, not \"" + value + "\"");
  if (year < 1900 || year > 9999) throw UsageError(option + " must be between 1900 and 9999, not " + value);
  return year;
}

Date date_option(const std::string& option, const std::string& value) {
  try {
    return parse_date(value);
  } catch (const Error& e) {
    throw Error(e.code(), option + ": " + e.what());
  }
}

void warn(const Globals& globals, const std::string& message) {
  if (!globals.quiet) std::cerr << "ducha: " << message << "\n";
}

}  // namespace ducha::cli
