#pragma once

#include "portal/TokenStore.h"
#include "transfer/TransferTypes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace apd::cli {

// What the verbs share: the first answers to their command line, and the check of every file
// before a byte is sent.
class VerbSupport
{
    Q_DECLARE_TR_FUNCTIONS(VerbSupport)

public:
    // Parses `arguments` (without the program and the verb) for `verb`. An exit code when the
    // run ends here: a wrong command line (its error and `usageLine` on `err`) or --help (the
    // help on `out`); nullopt to go on.
    static std::optional<int> parse(QCommandLineParser& parser, const QString& verb, const QStringList& arguments,
                                    const QCommandLineOption& help, const QString& usageLine, QTextStream& out,
                                    QTextStream& err);

    // Prints each problem and the usage line; the exit code of a wrong command line.
    static int usage(const QStringList& problems, const QString& usageLine, QTextStream& err);

    // Checks the name and content of every file in `paths` (files and folders). The uploads
    // for `projectKey` when all are valid; otherwise nullopt, with each invalid file's report
    // and a summary on `err`.
    static std::optional<QList<transfer::UploadRequest>> validated(const QStringList& paths, const QString& projectKey,
                                                                   QTextStream& err);
};

// The streams and the kept tokens of a verb that sends files to a portal.
class PortalVerb
{
protected:
    PortalVerb(QTextStream& out, QTextStream& err, bool terminal, portal::TokenStore tokens)
        : m_out(out), m_err(err), m_terminal(terminal), m_tokens(std::move(tokens))
    {
    }

    QTextStream& m_out;
    QTextStream& m_err;
    bool m_terminal;
    portal::TokenStore m_tokens;
};

} // namespace apd::cli
