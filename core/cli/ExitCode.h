#pragma once

namespace apd::cli {

// Exit codes shared by every verb of artwork-portal-cli (documented in docs/cli.md).
enum ExitCode
{
    ExitOk = 0,       // everything checked is valid / done
    ExitProblems = 1, // problems found in what was checked
    ExitUsage = 2,    // the command line is wrong
    ExitNetwork = 3,  // the portal could not be reached or answered an error
};

} // namespace apd::cli
