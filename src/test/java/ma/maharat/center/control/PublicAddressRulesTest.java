package ma.maharat.center.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressRulesTest {

    @ParameterizedTest
    @CsvSource({
        "https://maharat.example.ma, https://maharat.example.ma",
        "'  https://maharat.example.ma/  ', https://maharat.example.ma",
        "https://centre.ma/maharat/, https://centre.ma/maharat",
        "http://10.1.2.3:8080, http://10.1.2.3:8080",
        "HTTPS://Maharat.Example.MA, HTTPS://Maharat.Example.MA"
    })
    void aGoodAddressIsKeptWithoutItsTrailingSlash(String typed, String stored) {
        assertEquals(Optional.of(stored), PublicAddressRules.normalize(typed));
    }

    @ParameterizedTest
    @CsvSource({
        "'', publicAddress.required",
        "'   ', publicAddress.required",
        "maharat.example.ma, publicAddress.scheme",
        "ftp://maharat.example.ma, publicAddress.scheme",
        "javascript:alert(1), publicAddress.scheme",
        "https://, publicAddress.notAnAddress",
        "https://maharat example.ma, publicAddress.notAnAddress",
        "https://user:secret@maharat.example.ma, publicAddress.extraParts",
        "https://maharat.example.ma/?x=1, publicAddress.extraParts",
        "https://maharat.example.ma/#top, publicAddress.extraParts"
    })
    void aBadAddressIsRefusedSayingWhy(String typed, String key) {
        assertEquals(Optional.of(key), PublicAddressRules.problemWith(typed));
        assertEquals(Optional.empty(), PublicAddressRules.normalize(typed));
    }

    @Test
    void anAddressLongerThan200CharactersIsRefused() {
        String address = "https://maharat.example.ma/" + "a".repeat(200);
        assertEquals(Optional.of("publicAddress.tooLong"), PublicAddressRules.problemWith(address));
        assertEquals(Optional.of("publicAddress.required"), PublicAddressRules.problemWith(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://LOCALHOST", "https://maharat.localhost/", "http://127.0.0.1:8080",
        "http://127.8.9.10", "http://[::1]:8080", "http://0.0.0.0:8080", "not an address"})
    void addressesOnlyThisMachineReachesAreLocal(String address) {
        assertTrue(PublicAddressRules.isLocal(address));
        assertFalse(PublicAddressRules.allowsIssuing(address, false), "no certificate pointing there outside the demo");
        assertTrue(PublicAddressRules.allowsIssuing(address, true), "the demo issues to try things out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://maharat.example.ma", "http://10.1.2.3:8080", "http://192.168.1.20/maharat", "https://localhost.ma",
        "https://[2001:db8::1]"})
    void addressesOthersReachAllowIssuing(String address) {
        assertFalse(PublicAddressRules.isLocal(address));
        assertTrue(PublicAddressRules.allowsIssuing(address, false));
    }
}
