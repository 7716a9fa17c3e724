#pragma once

#include <QString>

namespace apd::transfer {

// The one classification of a failed exchange; the retry policy reads only this.
enum class FailureClass
{
    RetrySoon,  // a blip: a reset, a time-out, a 5xx, a stall
    RetryLater, // the way to the server is down or it asked us to wait: refused, DNS, 423, 503, 507
    GiveUp,     // retrying cannot help: a certificate, a refused name, a changed file
};

// What to do before retrying, decided with the class.
enum class Recovery
{
    Continue,   // ask the server where it stands (HEAD) and go on from there
    StartAgain, // the server no longer has the upload (404/410, expired): create it anew
    HalveChunk, // the body was too large (413): send smaller parts
};

struct Failure
{
    FailureClass kind = FailureClass::RetrySoon;
    Recovery recovery = Recovery::Continue;
    QString code;         // stable, for programs and tests: "connect", "http-503", "stall", …
    QString message;      // for people
    int retryAfterMs = -1; // from the server's Retry-After; -1 when it said nothing
    bool immediate = false; // retry without waiting (an offset mismatch is not a fault of the path)
};

} // namespace apd::transfer
