package dk.referent.minutes.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodiesTest {

    @Test
    void theCouncilIsOneBodyWhateverItIsCalled() {
        assertEquals(Bodies.key("Byrådet"), Bodies.key("Herning Byråd"));
        assertEquals(Bodies.key("Byrådet"), Bodies.key("Kommunalbestyrelsen"));
        assertEquals(Bodies.key("Kommunalbestyrelsen"), Bodies.key("Kommunalbestyrelsen 2018-21"));
    }

    /** Meetings named by their body (Dragør's Ældreråd, Lolland, Samsø, Morsø, Region Hovedstaden, Sermersooq). */
    @Test
    void aMeetingNamedByItsBodyNamesTheBody() {
        assertEquals(Optional.of("Ældrerådet"), Bodies.ofMeetingWord("Ældrerådsmøde"));
        assertEquals(Optional.of("Byrådet"), Bodies.ofMeetingWord("Byrådsmøde"));
        assertEquals(Optional.of("Kommunalbestyrelsen"), Bodies.ofMeetingWord("kommunalbestyrelsesmøde"));
        assertEquals(Optional.of("Regionsrådet"), Bodies.ofMeetingWord("regionsrådsmødet"));
        assertEquals(Optional.of("Direktionen"), Bodies.ofMeetingWord("Direktionsmøde"));
    }

    /** Hedensted's joint rural council and København's integration committee (real-heldout-10). */
    @Test
    void aBodyNamedByArticleAndAdjectiveIsAName() {
        assertTrue(Bodies.isName("Det fælles landdistriktsråd"));
        assertTrue(Bodies.isName("Det rådgivende Integrationsudvalg"));
        assertFalse(Bodies.isName("Det blev godkendt"));
        assertFalse(Bodies.isName("Det fælles møde"));
    }

    @Test
    void otherMeetingsNameNoBody() {
        assertEquals(Optional.empty(), Bodies.ofMeetingWord("Telefonmøde"));
        assertEquals(Optional.empty(), Bodies.ofMeetingWord("borgermøde"));
        assertEquals(Optional.empty(), Bodies.ofMeetingWord("Temamøde"));
        assertEquals(Optional.empty(), Bodies.ofMeetingWord("møde"));
    }

    @Test
    void definiteAndIndefiniteFormsAreOneCommittee() {
        assertEquals(Bodies.key("Økonomiudvalget"), Bodies.key("Økonomiudvalg"));
        assertNotEquals(Bodies.key("Økonomiudvalget"), Bodies.key("Økonomi- og Erhvervsudvalget"));
    }

    @Test
    void aCommitteeOfTwoAreasIsMeantByItsLastArea() {
        assertTrue(Bodies.means("Seniorudvalget", "Forebyggelses- og Seniorudvalget"));
        assertTrue(Bodies.means("Miljøudvalget", "Teknik- og Miljøudvalget"));
        assertTrue(Bodies.means("byrådet", "Herning Byråd"));
    }

    /** Bodies of the real minutes named by their areas after "for" (Halsnæs, Furesø, Region Sjælland, Varde, Syddjurs, Sermersooq). */
    @Test
    void aCommitteeNamedByItsAreasAfterForIsTheCompoundOfThem() {
        assertEquals(Bodies.key("Teknik- og Miljøudvalget"), Bodies.key("Udvalget for Teknik og Miljø"));
        assertEquals(Bodies.key("Økonomi- og Erhvervsudvalget"), Bodies.key("Udvalg for Økonomi og Erhverv"));
        assertEquals(Bodies.key("Plan-, Udviklings- og Kulturudvalget"), Bodies.key("Udvalget for plan, udvikling og kultur (PUK)"));
        assertEquals(Bodies.key("Kulturudvalget"), Bodies.key("Udvalget for Kultur"));
        assertTrue(Bodies.means("økonomiudvalgets", "Udvalg for Økonomi og Erhverv"), "its first area");
        assertTrue(Bodies.means("Teknikudvalget", "Udvalget for Miljø og Teknik"), "its last area");
        assertFalse(Bodies.means("Kulturudvalget", "Udvalget for Miljø og Teknik"));
        assertEquals(Bodies.key("Regionsrådet"), Bodies.key("Byrådet"), "a council stays a council");
    }

    @Test
    void anotherCommitteeIsNotMeant() {
        assertFalse(Bodies.means("Økonomiudvalget", "Børne- og Ungeudvalget"));
        assertFalse(Bodies.means("Udvalget", "Teknik- og Miljøudvalget"));
        assertFalse(Bodies.means("Forebyggelses- og Seniorudvalget", "Seniorudvalget"));
    }

    @Test
    void abbreviationsAreTheInitialsOfTheNamesParts() {
        assertTrue(Bodies.abbreviations("Teknik- og Miljøudvalget").contains("tmu"));
        assertTrue(Bodies.abbreviations("Økonomiudvalget").contains("øu"));
        assertTrue(Bodies.abbreviations("Økonomiudvalget").contains("øk"));
        assertTrue(Bodies.abbreviations("Kommunalbestyrelsen").contains("kb"));
        assertTrue(Bodies.abbreviations("Herning Byråd").contains("by"));
    }

    @Test
    void theMunicipalityBeforeOrAfterTheBodyIsNotItsName() {
        assertEquals("Økonomiudvalget", Bodies.withoutMunicipality("REBILD KOMMUNE Økonomiudvalget"));
        // Avannaata Kommunia (real-heldout-9/05): the Greenlandic form, printed after the body
        assertEquals("OVERGANGSUDVALGET", Bodies.withoutMunicipality("OVERGANGSUDVALGET AVANNAATA KOMMUNIA"));
        assertEquals("Kommunalbestyrelsen", Bodies.withoutMunicipality("Avannaata Kommunia Kommunalbestyrelsen"));
        assertEquals("Hjørring Kommune", Bodies.withoutMunicipality("Hjørring Kommune"));
    }

    @Test
    void theKindOfDocumentAfterTheBodyIsNotItsName() {
        // Norddjurs' Kontaktudvalget for Anholt (real-heldout-11/09), Brønderslev's Byråd (real-minutes/09)
        assertEquals("Kontaktudvalget for Anholt", Bodies.canonical("Kontaktudvalget for Anholt BESLUTNINGSREFERAT"));
        assertEquals("Byrådet", Bodies.canonical("Byrådet - Referat"));
        assertEquals("Referat", Bodies.canonical("Referat"));
    }
}
