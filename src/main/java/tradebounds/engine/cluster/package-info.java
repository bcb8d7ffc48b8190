/**
 * Scale-out of branch and bound on Hazelcast embedded members: open boxes are independent jobs, run on whichever
 * member is free; finished subtrees come back to the coordinator and are grafted into one tree, which is written
 * as one certificate. A member that leaves mid-job costs only that job, which is resubmitted. Names no paper.
 */
package tradebounds.engine.cluster;
