# One compile policy for every target of the project: link apd_policy and nothing else.
add_library(apd_policy INTERFACE)
target_compile_features(apd_policy INTERFACE cxx_std_20)
target_compile_options(apd_policy INTERFACE -Wall -Wextra -Wpedantic -Wold-style-cast)
target_compile_definitions(apd_policy INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER)
if(APD_WERROR)
    target_compile_options(apd_policy INTERFACE -Werror)
endif()

set(APD_SANITIZE_FLAGS "")
if(APD_ASAN)
    list(APPEND APD_SANITIZE_FLAGS -fsanitize=address -fno-omit-frame-pointer)
endif()
if(APD_UBSAN)
    list(APPEND APD_SANITIZE_FLAGS -fsanitize=undefined -fno-sanitize-recover=undefined)
endif()
if(APD_SANITIZE_FLAGS)
    target_compile_options(apd_policy INTERFACE ${APD_SANITIZE_FLAGS})
    target_link_options(apd_policy INTERFACE ${APD_SANITIZE_FLAGS})
endif()

if(APD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "APD_FUZZ needs clang (libFuzzer)")
    endif()
    # Coverage for every library the fuzzers link; the fuzz executables add -fsanitize=fuzzer.
    target_compile_options(apd_policy INTERFACE -fsanitize=fuzzer-no-link)
endif()
