#pragma once

#include <QByteArray>

#include <functional>

namespace apd::inspect {

// Streams a zlib stream through inflate with a cap on the output, so a small compressed
// chunk can never expand into unbounded memory or time.
class Inflater
{
public:
    enum class Status
    {
        Ok,        // the stream ended cleanly
        Corrupt,   // zlib reported an error, or the stream stopped early
        OverCap,   // more than `cap` bytes came out
    };

    // Feeds `input` (all of it) and hands every inflated piece to `sink`.
    static Status inflate(const QByteArray& input, quint64 cap, const std::function<void(const char*, qint64)>& sink);
    // Convenience: the whole output, within `cap`.
    static Status inflate(const QByteArray& input, quint64 cap, QByteArray& out);
};

} // namespace apd::inspect
