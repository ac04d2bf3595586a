# Regenerates examples/shapingba-2022h1/plan.json and fails when it differs from the
# committed file (regenerate it with the command below when the importer changes).
set(report "${SOURCE}/../shared/reference/shapingba-2022h1-report.txt")
set(dir "${SOURCE}/examples/shapingba-2022h1")
execute_process(COMMAND "${DUCHA}" import-report "${report}" --corrections "${dir}/corrections.json" -o "${OUT}"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "import-report failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUT}" "${dir}/plan.json" RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  message(FATAL_ERROR "examples/shapingba-2022h1/plan.json is out of date; regenerate it:\n"
          "  ducha import-report ../shared/reference/shapingba-2022h1-report.txt "
          "--corrections examples/shapingba-2022h1/corrections.json -o examples/shapingba-2022h1/plan.json")
endif()
message(STATUS "1 passed, 0 failed (the reference plan regenerates)")
