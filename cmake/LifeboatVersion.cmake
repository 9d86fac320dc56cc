# SPDX-License-Identifier: GPL-3.0-or-later
# The version comes from one place: project(VERSION). A build from a git checkout that is
# not exactly on tag v<version> is a snapshot and says which commit it was built from.
set(LIFEBOAT_VERSION_STRING "${PROJECT_VERSION}")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --exact-match
                    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE _tag ERROR_QUIET
                    OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _tag_rc)
    if(NOT _tag_rc EQUAL 0 OR NOT _tag STREQUAL "v${PROJECT_VERSION}")
        execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=10 HEAD
                        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE _hash ERROR_QUIET
                        OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _hash_rc)
        if(_hash_rc EQUAL 0 AND _hash)
            set(LIFEBOAT_VERSION_STRING "${PROJECT_VERSION}-snapshot+${_hash}")
        endif()
    endif()
endif()
message(STATUS "Lifeboat version: ${LIFEBOAT_VERSION_STRING}")
