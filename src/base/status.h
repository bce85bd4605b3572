// Status and Result<T>: how every fallible dyad function reports failure.
//
// dyad never throws across its API. A function that can fail returns a Status
// (no value) or a Result<T> (a T or a non-OK Status):
//
//   dyad::Result<std::string> text = fs->ReadFile("a1.txt");
//   if (!text.ok()) return text.status();
//   Use(*text);
//
// Codes: kInvalidArgument (caller's mistake), kNotFound, kIOError (the OS
// said no), kCorruption (a damaged model or dictionary), kDataError (a bad
// input record), kUnsupported, kInternal (a bug we could detect),
// kDeadlineExceeded (an operation given a time limit ran past it).
//
// Thread-safety: plain values; distinct objects may be used from different
// threads, one object is not synchronised.
#ifndef DYAD_BASE_STATUS_H_
#define DYAD_BASE_STATUS_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dyad {

class [[nodiscard]] Status {
 public:
  // On-disk and exit-code mappings rely on these values: do not renumber.
  enum Code {
    kOk = 0,
    kInvalidArgument = 1,
    kNotFound = 2,
    kIOError = 3,
    kCorruption = 4,
    kDataError = 5,
    kUnsupported = 6,
    kInternal = 7,
    kDeadlineExceeded = 8,
  };

  Status() = default;  // OK.
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return Status(kInvalidArgument, std::move(m)); }
  static Status NotFound(std::string m) { return Status(kNotFound, std::move(m)); }
  static Status IOError(std::string m) { return Status(kIOError, std::move(m)); }
  static Status Corruption(std::string m) { return Status(kCorruption, std::move(m)); }
  static Status DataError(std::string m) { return Status(kDataError, std::move(m)); }
  static Status Unsupported(std::string m) { return Status(kUnsupported, std::move(m)); }
  static Status Internal(std::string m) { return Status(kInternal, std::move(m)); }
  static Status DeadlineExceeded(std::string m) { return Status(kDeadlineExceeded, std::move(m)); }

  bool ok() const { return code_ == kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "IO error: a1.txt: No such file or directory"; "OK" when ok().
  std::string ToString() const;

 private:
  Code code_ = kOk;
  std::string message_;
};

// A T or a non-OK Status. There is no default constructor: a Result always
// holds one or the other (abseil's StatusOr explains why). Member names follow
// std::expected so that this can become an alias in C++23.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design.
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result needs a value or an error");
  }

  bool ok() const { return v_.index() == 0; }
  bool has_value() const { return ok(); }
  explicit operator bool() const { return ok(); }

  // The error; Status::Ok() when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  // REQUIRES: ok().
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dyad

#endif  // DYAD_BASE_STATUS_H_
