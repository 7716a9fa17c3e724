# apd_add_test(NAME TestFoo SOURCES TestFoo.cpp LIBS core_naming [LABELS l...] [TIMEOUT s])
# One Qt Test executable, registered with CTest under its own name.
function(apd_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE apd_policy Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${T_NAME} PRIVATE APD_SOURCE_DIR="${PROJECT_SOURCE_DIR}" APD_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;APD_SOURCE_DIR=${PROJECT_SOURCE_DIR};APD_BINARY_DIR=${PROJECT_BINARY_DIR}")
endfunction()
