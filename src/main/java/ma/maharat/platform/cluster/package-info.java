/**
 * What several Maharat nodes share through Payara Micro's data grid (issue 19, ADR 25): a node tells the
 * others what to forget ({@link OtherNodes}, Payara's clustered CDI events), and small counts such as sign-in
 * throttling live in the grid ({@link SharedRecords}, JCache on Payara's Hazelcast), so that an attacker gets
 * no more tries from two nodes than from one. On one node ({@code maharat.jar}, started with
 * {@code --nocluster}) Payara's data grid still runs, alone, and all of this works the same.
 */
package ma.maharat.platform.cluster;
