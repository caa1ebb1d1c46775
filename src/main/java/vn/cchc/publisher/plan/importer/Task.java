package vn.cchc.publisher.plan.importer;

import java.util.List;

/**
 * One task read from a plan's text, before its kind, channels, areas and frequency are worked out.
 *
 * @param number the plan's number for it ("4.1"), or a running number for duties ("d3")
 * @param task the task's own words
 * @param parentTask the words of the group row above a sub-row ("Cung cấp tin, bài về …"), else empty
 * @param row the cells it came with
 * @param duty true if it is a duty of "Tổ chức thực hiện" rather than a task of the task table
 */
record Task(String number, String task, String parentTask, Row row, boolean duty) {

    List<Integer> lines() {
        return row.lines();
    }
}
