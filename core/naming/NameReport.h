#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace apd::naming {

enum class Severity
{
    Info,
    Warning,
    Error,
};

QString severityName(Severity severity); // "info", "warning", "error"

// A range of UTF-16 code units in the (NFC-normalized) name.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
    bool operator==(const Span&) const = default;
};

// A change to the name that removes one problem: replace `span` by `replacement`.
struct NameFix
{
    QString description; // for people: "write billboard"
    Span span;
    QString replacement;
};

struct NameProblem
{
    QString code; // stable, for programs and tests: "hash-missing", "tone-case", …
    Severity severity = Severity::Error;
    QString message; // for people
    Span span;       // where in the name; length 0 for the whole name or an insertion point
    std::optional<NameFix> fix;
};

enum class FileKind
{
    Unknown,        // checked as a name only, no extension
    Deliverable,    // the artwork itself, in a format the type allows
    Source,         // a PSD, PSB, AI or AE file of the same stem
    NotDeliverable, // anything else
};

QString fileKindName(FileKind kind); // "unknown", "deliverable", "source", "not-deliverable"

struct NameParts
{
    QString freeform;
    QStringList avaIds;
    QString type;
    QString tone;
    QString direction;
    QString sequence;
    QString language;
    QString extension; // lowercase, ".jpeg" reported as "jpg"
    FileKind kind = FileKind::Unknown;
    // type_tone[_direction]_seq_lang, set only when every part is present and valid.
    QString requestKey;
};

struct NameReport
{
    QString name; // the name as checked: NFC-normalized
    NameParts parts;
    QList<NameProblem> problems;

    bool valid() const;
    bool hasProblem(QStringView code) const;
    int count(Severity severity) const;
};

// Applies one fix to `name` (a name as reported in NameReport::name).
QString applyFix(const QString& name, const NameFix& fix);

} // namespace apd::naming
