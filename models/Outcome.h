#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace vmi {

// A value or the reason there is none, plus notes for the user either way (what was left
// out, what was ignored). Outcome<> is for operations with nothing to return.
template <typename T = std::monostate>
struct Outcome
{
    std::optional<T> value;
    QString error;
    QStringList notes;

    bool ok() const { return error.isEmpty(); }

    static Outcome success(T result, QStringList notes = {})
    {
        return {std::move(result), {}, std::move(notes)};
    }
    static Outcome failure(QString reason) { return {std::nullopt, std::move(reason), {}}; }
};

} // namespace vmi
