# vmi_common: one INTERFACE target every project target links, so warnings, Qt strictness
# defines and sanitizers are set in one place (the idea of qBittorrent's qbt_common_cfg).
add_library(vmi_common INTERFACE)

target_compile_definitions(vmi_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(vmi_common INTERFACE /W4 /permissive- /utf-8)
    if(VMI_WARNINGS_AS_ERRORS)
        target_compile_options(vmi_common INTERFACE /WX)
    endif()
else()
    target_compile_options(vmi_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(VMI_WARNINGS_AS_ERRORS)
        target_compile_options(vmi_common INTERFACE -Werror)
    endif()
endif()

if(VMI_SANITIZE)
    if(MSVC)
        target_compile_options(vmi_common INTERFACE /fsanitize=address)
    else()
        target_compile_options(vmi_common INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(vmi_common INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# libFuzzer: every project source gets the fuzzer's coverage instrumentation and the sanitizers;
# only the fuzz_* executables link libFuzzer's main (tests/fuzz/CMakeLists.txt).
if(VMI_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "VMI_FUZZ needs clang (libFuzzer): use the fuzz preset")
    endif()
    target_compile_options(vmi_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(vmi_common INTERFACE -fsanitize=address,undefined)
endif()

# vmi_add_library(NAME SOURCES... LINKS...): one static library per folder.
function(vmi_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    # Headers are included with their folder: "aws/SigV4Signer.h", "models/ImportOperation.h".
    cmake_path(GET CMAKE_CURRENT_SOURCE_DIR PARENT_PATH include_root)
    target_include_directories(${name} PUBLIC "${include_root}")
    target_link_libraries(${name} PUBLIC vmi_common ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
endfunction()
