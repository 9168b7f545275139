# Runs the reference client's filter helpers (SoftLayer.utils) on the inputs read from stdin (JSON) and prints
# what each returned, or the name of the exception it raised. Used to record test/fixtures/python-helpers.json and,
# when the reference client is installed, by python-helpers.test.ts to compare live.
import json
import sys

from SoftLayer import utils


def run(function, args):
    try:
        return {'args': args, 'result': function(*args)}
    except Exception as error:  # noqa: BLE001 - we record what the reference raises
        return {'args': args, 'error': type(error).__name__}


inputs = json.load(sys.stdin)
helpers = {
    'queryFilter': utils.query_filter,
    'queryFilterDate': utils.query_filter_date,
    'queryFilterOrderBy': utils.query_filter_orderby,
    'buildFilterOrderBy': utils.build_filter_orderby,
    'formatEventLogDate': utils.format_event_log_date,
    'eventLogFilterBetweenDate': utils.event_log_filter_between_date,
    'eventLogFilterGreaterThanDate': utils.event_log_filter_greater_than_date,
    'eventLogFilterLessThanDate': utils.event_log_filter_less_than_date,
    'dictMerge': utils.dict_merge,
}
output = {name: [run(helpers[name], args) for args in cases] for name, cases in inputs.items()}
json.dump(output, sys.stdout, indent=1, sort_keys=True)
