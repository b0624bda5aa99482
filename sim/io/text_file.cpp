#include "io/text_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace epd {
namespace {

std::string system_error() { return std::strerror(errno); }

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_;
};

std::string name_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string folder_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

std::optional<std::string> read_text_file(const std::string& path, std::string* error, std::size_t max_bytes) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    if (error) *error = system_error();
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) {
    if (error) *error = system_error();
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    if (error) *error = "is a folder, not a file";
    return std::nullopt;
  }
  std::string text;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (error) *error = system_error();
      return std::nullopt;
    }
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    if (text.size() > max_bytes) {
      if (error) *error = "larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MiB";
      return std::nullopt;
    }
  }
  return text;
}

std::optional<std::string> read_user_file(const std::string& path, json::Diagnostics& problems) {
  std::string error;
  auto text = read_text_file(path, &error);
  if (!text) problems.add(path, json::Position{1, 1}, "", "cannot read the file: " + error);
  return text;
}

namespace {

// The text in a new temporary file next to `path`, flushed to disk; its name,
// or "" with *error set.
std::string write_temporary(const std::string& path, const std::string& text, std::string* error) {
  std::string temp = path + ".tmp-XXXXXX";
  Fd fd(::mkstemp(temp.data()));
  if (fd.get() < 0) {
    if (error) *error = "cannot write " + path + ": " + system_error();
    return "";
  }
  // Names the user's file, never this temporary, which is removed.
  auto fail = [&]() {
    if (error) *error = "cannot write " + path + ": " + system_error();
    ::unlink(temp.c_str());
    return std::string();
  };
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd.get(), text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail();
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd.get(), 0644) != 0 || ::fsync(fd.get()) != 0 || ::close(fd.release()) != 0) return fail();
  return temp;
}

// The new name is only durable once the folder is flushed.
void flush_folder_of(const std::string& path) {
  Fd dir(::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.get() >= 0) ::fsync(dir.get());
}

// "NAME.tmp-XXXXXX" (mkstemp's six characters): a temporary of NAME.
bool is_temporary_of(const std::string& file, const std::string& name) {
  const std::string tag = ".tmp-";
  const std::size_t at = file.size() >= 6 + tag.size() ? file.size() - 6 - tag.size() : std::string::npos;
  return at != std::string::npos && file.compare(at, tag.size(), tag) == 0 && (name.empty() || file.substr(0, at) == name);
}

}  // namespace

std::size_t remove_stale_temporaries(const std::string& folder, const std::string& name) {
  namespace fs = std::filesystem;
  // A minute is far longer than any write takes: a younger one may be another program's write in progress.
  const auto stale_before = fs::file_time_type::clock::now() - std::chrono::minutes(1);
  std::size_t removed = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    std::error_code entry_ec;
    if (!entry.is_regular_file(entry_ec) || !is_temporary_of(entry.path().filename().string(), name)) continue;
    if (entry.last_write_time(entry_ec) < stale_before && !entry_ec && fs::remove(entry.path(), entry_ec)) ++removed;
  }
  return removed;
}

std::string file_name_part(const std::string& id) {
  std::string out;
  for (const char c : id) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '_' || (c == '.' && !out.empty()) ||
                       static_cast<unsigned char>(c) >= 0x80;  // UTF-8: "één" stays
    out += plain ? c : '-';
  }
  return out.empty() ? "scenario" : out;
}

bool can_create_beside(const std::string& path, std::string* error) {
  const std::string folder = folder_of(path);
  if (::access(folder.c_str(), W_OK | X_OK) == 0) return true;
  if (error) *error = "cannot create " + path + ": " + system_error();
  return false;
}

bool same_path(const std::string& a, const std::string& b) {
  std::error_code ec1, ec2;
  if (std::filesystem::equivalent(a, b, ec1)) return true;
  const auto ca = std::filesystem::weakly_canonical(a, ec1), cb = std::filesystem::weakly_canonical(b, ec2);
  return !ec1 && !ec2 && ca == cb;
}

bool write_file_atomic(const std::string& path, const std::string& text, std::string* error) {
  const std::string temp = write_temporary(path, text, error);
  if (temp.empty()) return false;
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    if (error) *error = "cannot replace " + path + ": " + system_error();
    ::unlink(temp.c_str());
    return false;
  }
  flush_folder_of(path);
  remove_stale_temporaries(folder_of(path), name_of(path));  // a killed earlier write's
  return true;
}

bool write_new_file_atomic(const std::string& path, const std::string& text, std::string* error) {
  const std::string temp = write_temporary(path, text, error);
  if (temp.empty()) return false;
  // link() fails if the name exists, in one step: no window between a check
  // and the write in which another program's file could appear and be lost.
  const bool linked = ::link(temp.c_str(), path.c_str()) == 0;
  const int link_errno = errno;
  ::unlink(temp.c_str());
  if (!linked) {
    errno = link_errno;
    if (error) *error = link_errno == EEXIST ? path + " exists: choose another name" : "cannot create " + path + ": " + system_error();
    return false;
  }
  flush_folder_of(path);
  remove_stale_temporaries(folder_of(path), name_of(path));
  return true;
}

}  // namespace epd
