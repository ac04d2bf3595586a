// PDF: the HTML printed to A4 by headless Chromium (its print CSS repeats table
// headers and keeps rows whole). A fresh profile per run, no network, a watchdog.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "io/json_reader.hpp"
#include "report/publish.hpp"

extern char** environ;

namespace ducha::report {
namespace {

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ducha-pdf-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw Error(ErrorCode::io_error, "cannot create a temporary directory " + pattern);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

std::string browser() {
  if (const char* env = std::getenv("DUCHA_CHROMIUM"); env && *env) return env;
  return "chromium";
}

// Runs argv; an Error when it cannot start, fails, or outlives `limit`.
void run(const std::vector<std::string>& argv, std::chrono::seconds limit) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0)
    throw Error(ErrorCode::io_error, "cannot start " + argv[0] + " for --format pdf (install chromium, or set DUCHA_CHROMIUM)");
  auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      throw Error(ErrorCode::io_error, argv[0] + " did not finish the PDF within " + std::to_string(limit.count()) + " s");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw Error(ErrorCode::io_error, argv[0] + " failed to print the PDF (status " + std::to_string(status) + ")");
}

}  // namespace

std::string pdf_of(const Document& d) {
  TempDir dir;
  const auto html = dir.path / "report.html";
  const auto pdf = dir.path / "report.pdf";
  io::write_file(html.string(), html_of(d));
  run({browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
       "--disable-component-update", "--disable-sync", "--user-data-dir=" + (dir.path / "profile").string(),
       "--no-pdf-header-footer", "--print-to-pdf=" + pdf.string(), "file://" + html.string()},
      std::chrono::seconds(300));
  std::string bytes = io::read_file(pdf.string());
  if (!bytes.starts_with("%PDF")) throw Error(ErrorCode::io_error, "chromium wrote no PDF");
  return bytes;
}

}  // namespace ducha::report
