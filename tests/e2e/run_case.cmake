# Golden-file driver for one end-to-end case: runs dataaudit on one input and compares its
# stdout with a golden file. Run as
#
#   cmake -DDATAAUDIT=<binary> -DINPUT=<zip|tar.gz|dir> -DGOLDEN=<tests/golden/x.json>
#         -DFORMAT=json|text -DWORK_DIR=<build dir> [-DMAY_UPDATE=1] -P run_case.cmake
#
# FORMAT json runs `dataaudit --format json --color never INPUT`, text runs
# `dataaudit --color never INPUT`. Every occurrence of the INPUT string in stdout is replaced
# by `<INPUT>` first, so that zip, tar.gz and directory inputs can share one golden.
# The exit status must be 0 or 1 (1 is left for "findings present"); anything else fails.
#
# With DATAAUDIT_UPDATE_GOLDEN=1 in the environment, a case with MAY_UPDATE=1 rewrites GOLDEN
# instead of comparing; the other cases of the same golden still compare (CTest runs them after
# the updating case), so an update also proves that all inputs agree.
# On a mismatch the golden is copied to WORK_DIR/<name>, stdout is written next to it as
# WORK_DIR/<name>.actual, and a unified diff (golden -> actual) is printed.
cmake_minimum_required(VERSION 3.25)

foreach(var DATAAUDIT INPUT GOLDEN FORMAT WORK_DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "run_case.cmake: -D${var}=... is required")
  endif()
endforeach()
if(FORMAT STREQUAL "json")
  set(args --format json --color never)
elseif(FORMAT STREQUAL "text")
  set(args --color never)
else()
  message(FATAL_ERROR "run_case.cmake: FORMAT must be json or text, not '${FORMAT}'")
endif()

execute_process(
  COMMAND ${DATAAUDIT} ${args} ${INPUT}
  OUTPUT_VARIABLE actual
  ERROR_VARIABLE errors
  RESULT_VARIABLE status)
if(NOT status MATCHES "^[01]$")
  message(FATAL_ERROR "dataaudit ${args} ${INPUT} exited with '${status}'\nstderr:\n${errors}")
endif()
string(REPLACE "${INPUT}" "<INPUT>" actual "${actual}")

get_filename_component(golden_name "${GOLDEN}" NAME)
set(copy "${WORK_DIR}/${golden_name}")
set(actual_file "${copy}.actual")

if("$ENV{DATAAUDIT_UPDATE_GOLDEN}" AND MAY_UPDATE)
  file(WRITE "${GOLDEN}" "${actual}")
  file(REMOVE "${actual_file}" "${copy}")
  message(STATUS "Updated ${GOLDEN}")
  return()
endif()

if(NOT EXISTS "${GOLDEN}")
  file(MAKE_DIRECTORY "${WORK_DIR}")
  file(WRITE "${actual_file}" "${actual}")
  message(FATAL_ERROR "Golden file ${GOLDEN} does not exist (output written to ${actual_file}).\n"
                      "Create it with: DATAAUDIT_UPDATE_GOLDEN=1 ctest -R e2e")
endif()

file(READ "${GOLDEN}" expected)
if(actual STREQUAL expected)
  file(REMOVE "${actual_file}" "${copy}")
  return()
endif()

file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${copy}" "${expected}")
file(WRITE "${actual_file}" "${actual}")
find_program(DIFF_PROGRAM diff)
if(DIFF_PROGRAM)
  execute_process(COMMAND ${DIFF_PROGRAM} -u "${copy}" "${actual_file}" OUTPUT_VARIABLE delta)
  string(LENGTH "${delta}" delta_length)
  if(delta_length GREATER 30000)
    string(SUBSTRING "${delta}" 0 30000 delta)
    string(APPEND delta "\n... (diff truncated; compare the files above)\n")
  endif()
  message("${delta}")
else()
  message("(no diff program found; compare ${copy} and ${actual_file})")
endif()
message(FATAL_ERROR "Output for ${INPUT} differs from ${GOLDEN}.\n"
                    "  expected: ${copy}\n  actual:   ${actual_file}\n"
                    "If the change is intended: DATAAUDIT_UPDATE_GOLDEN=1 ctest -R e2e")
