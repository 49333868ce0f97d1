#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pm {

// An error a user can act on: what went wrong, and where (file:line, field, ...).
struct Error {
    QString message;
    QString where; // optional location: "matrix.tsv:12", "observables[1].name"
    // Another session wrote the same thing at the same moment (a unique key taken, a
    // serialization failure, a deadlock, a busy SQLite file): trying again may succeed.
    bool concurrentWrite = false;

    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// Errors as values: either a T or an Error. A small stand-in for C++23 std::expected.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QString where = {})
{
    return Error{std::move(message), std::move(where)};
}

} // namespace pm
