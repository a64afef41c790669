package kz.sabaq.core.access;

import java.util.Optional;
import org.apache.ibatis.annotations.Select;

/** A staff member's own department and PCC, from the {@code staff} table of the academic model. */
public final class StaffUnits implements UnitDirectory {

    public interface StaffUnitsMapper {
        @Select("SELECT department_id AS department, pcc_id AS pcc FROM staff WHERE user_id = #{userId}")
        Optional<Units> unitsOf(long userId);
    }

    private final StaffUnitsMapper staff;

    public StaffUnits(StaffUnitsMapper staff) {
        this.staff = staff;
    }

    @Override
    public Units unitsOf(long userId) {
        return staff.unitsOf(userId).orElse(Units.NONE);
    }
}
