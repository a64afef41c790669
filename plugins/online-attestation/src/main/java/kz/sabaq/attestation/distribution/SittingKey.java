package kz.sabaq.attestation.distribution;

/** A student's sitting in a stream, by its key: what the takes and reads of a hall's presses are matched by. */
record SittingKey(long streamId, long studentId) {

    static SittingKey of(TakeCommits.Take take) {
        return new SittingKey(take.streamId(), take.studentId());
    }

    static SittingKey of(DistributionMapper.Seat seat) {
        return new SittingKey(seat.streamId(), seat.studentId());
    }
}
