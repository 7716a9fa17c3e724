#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace apd {

// An error as a value: `code` is for programs and tests, `message` is for people.
struct Error
{
    QString code;
    QString message;
};

// Holds either a value or an Error. Core functions return this instead of throwing.
template <typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace apd
