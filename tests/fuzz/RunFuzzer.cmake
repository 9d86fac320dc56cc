# SPDX-License-Identifier: GPL-3.0-or-later
# One short fuzzing run: first every regression input once (a crash fixed stays fixed),
# then SECONDS of fuzzing from the seeds. A crash leaves its input in WORK/ as crash-*:
# copy it into regressions/<target>/ when the bug is fixed.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
file(GLOB regressions "${REGRESSIONS}/*")
if(regressions)
    execute_process(COMMAND "${FUZZER}" -runs=0 ${regressions} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "a regression input crashes ${FUZZER} again")
    endif()
endif()
execute_process(
    COMMAND "${FUZZER}" -max_total_time=${SECONDS} -timeout=5 -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1
            -artifact_prefix=${WORK}/ "${WORK}/corpus" "${SEEDS}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${FUZZER} found a problem; the input is in ${WORK}/")
endif()
