# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings, Qt strictness and sanitizers for Lifeboat's own targets (not third-party code).

set(LIFEBOAT_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)

function(lifeboat_target_defaults target)
    cmake_parse_arguments(ARG "SANITIZE" "" "" ${ARGN})
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
        if(LIFEBOAT_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wswitch)
        if(LIFEBOAT_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    if(ARG_SANITIZE)
        target_compile_options(${target} PRIVATE ${LIFEBOAT_SANITIZER_FLAGS})
        target_link_options(${target} PRIVATE ${LIFEBOAT_SANITIZER_FLAGS})
    endif()
endfunction()

# Fails the configure when `target` links QtGui or QtWidgets, directly or through any
# library it links. Deferred to the end of the top-level directory so links added later
# are seen too.
function(_lifeboat_collect_links target out_var)
    set(seen ${${out_var}})
    foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libs ${target} ${prop})
        if(NOT libs)
            continue()
        endif()
        foreach(lib IN LISTS libs)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            if(lib IN_LIST seen)
                continue()
            endif()
            list(APPEND seen ${lib})
            if(TARGET ${lib})
                get_target_property(aliased ${lib} ALIASED_TARGET)
                if(aliased)
                    list(APPEND seen ${aliased})
                    set(lib ${aliased})
                endif()
                _lifeboat_collect_links(${lib} seen)
            endif()
        endforeach()
    endforeach()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(lifeboat_check_no_gui target)
    set(links "")
    _lifeboat_collect_links(${target} links)
    foreach(lib IN LISTS links)
        if(lib MATCHES "^Qt[0-9]*::(Gui|Widgets|Charts|OpenGL|OpenGLWidgets|Quick|Qml|Svg|PrintSupport)(Private)?$")
            message(FATAL_ERROR "${target} links ${lib}, but the core must depend on QtCore only (DESIGN.md, rules of the house). "
                                "Move the code that needs ${lib} to ui/.")
        endif()
    endforeach()
endfunction()

function(lifeboat_forbid_gui_dependencies)
    foreach(target IN LISTS ARGN)
        # Arguments of a deferred call are expanded when it runs: bake the name in now.
        cmake_language(EVAL CODE "cmake_language(DEFER DIRECTORY \"${PROJECT_SOURCE_DIR}\" CALL lifeboat_check_no_gui ${target})")
    endforeach()
endfunction()
