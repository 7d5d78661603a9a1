# ctest driver of i18n.ts-completeness: writes lupdate's JSON project from the description
# qt_add_translations left in the build tree (Qt's own script, as the update_translations target
# does), then judges the .ts files with ts_completeness.py.
#
# -DPROJECT_IN=... -DGENERATOR=.../GenerateLUpdateProject.cmake -DSCRATCH=dir -DPYTHON=...
# -DSCRIPT=ts_completeness.py -DLUPDATE=... -DTS_FILES=a.ts;b.ts -DMAX_UNFINISHED=0.05
file(MAKE_DIRECTORY "${SCRATCH}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${SCRATCH}/lupdate_project.json
            -P "${GENERATOR}"
    RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project from ${PROJECT_IN}")
endif()
execute_process(
    COMMAND "${PYTHON}" "${SCRIPT}" --lupdate "${LUPDATE}" --project "${SCRATCH}/lupdate_project.json"
            --max-unfinished ${MAX_UNFINISHED} ${TS_FILES}
    RESULT_VARIABLE judged)
if(NOT judged EQUAL 0)
    message(FATAL_ERROR "a translation is incomplete (see above)")
endif()
