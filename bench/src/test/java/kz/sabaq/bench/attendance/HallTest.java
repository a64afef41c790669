package kz.sabaq.bench.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HallTest {

    @Test
    void listenersGoThroughMeetingsInOrderAndNeverRepeatOne() {
        Hall hall = new Hall(3);
        assertEquals(0, hall.next(-1));
        assertEquals(1, hall.next(0));
        assertEquals(0, hall.next(-1), "a second listener starts at the first meeting too");
    }

    @Test
    void aListenerFarBehindSkipsToWithinTheLagOfTheFront() {
        Hall hall = new Hall(3);
        int fast = -1;
        for (int i = 0; i < 10; i++) {
            fast = hall.next(fast);
        }
        assertEquals(9, fast);

        assertEquals(6, hall.next(-1), "the slow listener joins the group three meetings behind the front");
        assertEquals(7, hall.next(6));
        assertEquals(10, hall.next(fast), "only the front opens a new meeting");
    }
}
