package kz.sabaq.core.role;

import java.util.List;
import org.apache.ibatis.annotations.Select;

/** The units a role can be restricted to. */
public interface AcademicUnitMapper {

    @Select("SELECT id, name_kk, name_ru, name_en FROM study_term ORDER BY code")
    List<AcademicUnit> studyTerms();

    @Select("SELECT id, name_kk, name_ru, name_en FROM department ORDER BY code")
    List<AcademicUnit> departments();

    @Select("SELECT id, name_kk, name_ru, name_en FROM pcc ORDER BY code")
    List<AcademicUnit> pccs();
}
