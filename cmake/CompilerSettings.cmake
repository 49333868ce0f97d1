# One INTERFACE target carries the language standard, warnings, sanitizers and the Qt
# strictness definitions; every library and executable of the project links it.
add_library(probematrix_options INTERFACE)
add_library(ProbeMatrix::options ALIAS probematrix_options)

target_compile_features(probematrix_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(probematrix_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PROBEMATRIX_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # gcc's -Wshadow=local (locals only); clang has no such level, and its plain -Wshadow
    # also flags members, which the Qt idiom of same-named setters trips everywhere.
    set(_shadow "")
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        set(_shadow -Wshadow=local)
    endif()
    target_compile_options(probematrix_options INTERFACE -Wall -Wextra -Wpedantic ${_shadow}
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
    if(PROBEMATRIX_WERROR)
        target_compile_options(probematrix_options INTERFACE -Werror)
    endif()
    set(_sanitizers "")
    if(PROBEMATRIX_ASAN)
        list(APPEND _sanitizers address)
    endif()
    if(PROBEMATRIX_UBSAN)
        list(APPEND _sanitizers undefined)
    endif()
    if(_sanitizers)
        list(JOIN _sanitizers "," _san)
        target_compile_options(probematrix_options INTERFACE -fsanitize=${_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
        target_link_options(probematrix_options INTERFACE -fsanitize=${_san})
    endif()
elseif(MSVC)
    target_compile_options(probematrix_options INTERFACE /W4 /permissive- /utf-8)
    if(PROBEMATRIX_WERROR)
        target_compile_options(probematrix_options INTERFACE /WX)
    endif()
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
