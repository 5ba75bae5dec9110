package nl.koers.folders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The folder rules of each system, checked on any system: Windows paths are built as Windows writes them. */
class UserFoldersTest {
    private static final String ANOUK = "C:\\Users\\Anouk de Vries";

    @Test
    void windowsKeepsSettingsInTheRoamingProfileAndDataAndCacheOnTheMachine() {
        UserFolders folders = UserFolders.of("Windows 11", Map.of(
                "APPDATA", ANOUK + "\\AppData\\Roaming",
                "LOCALAPPDATA", ANOUK + "\\AppData\\Local"), ANOUK);
        assertFolders(folders, ANOUK + "\\AppData\\Roaming\\Koers", ANOUK + "\\AppData\\Local\\Koers\\data",
                ANOUK + "\\AppData\\Local\\Koers\\cache");
    }

    @Test
    void windowsWithoutItsVariablesUsesWhereWindowsPutsThem() {
        UserFolders folders = UserFolders.of("Windows 10", Map.of("APPDATA", "", "LOCALAPPDATA", "relative\\x"),
                ANOUK + "\\");
        assertFolders(folders, ANOUK + "\\AppData\\Roaming\\Koers", ANOUK + "\\AppData\\Local\\Koers\\data",
                ANOUK + "\\AppData\\Local\\Koers\\cache");
    }

    @Test
    void windowsTakesAProfileOnAnotherDriveOrANetworkShare() {
        UserFolders folders = UserFolders.of("Windows Server 2022", Map.of(
                "APPDATA", "\\\\fileserver\\profielen\\Jörg Ünal\\AppData\\Roaming",
                "LOCALAPPDATA", "D:/Gebruikers/Jörg Ünal/Local"), "D:\\Gebruikers\\Jörg Ünal");
        assertFolders(folders, "\\\\fileserver\\profielen\\Jörg Ünal\\AppData\\Roaming\\Koers",
                "D:/Gebruikers/Jörg Ünal/Local\\Koers\\data", "D:/Gebruikers/Jörg Ünal/Local\\Koers\\cache");
    }

    @Test
    void macOsUsesTheLibrary() {
        UserFolders folders = UserFolders.of("Mac OS X", Map.of("XDG_CONFIG_HOME", "/elsewhere"),
                "/Users/anouk de vries");
        assertFolders(folders, "/Users/anouk de vries/Library/Application Support/Koers/settings",
                "/Users/anouk de vries/Library/Application Support/Koers/data",
                "/Users/anouk de vries/Library/Caches/Koers");
    }

    @Test
    void linuxFollowsTheXdgVariables() {
        UserFolders folders = UserFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "/srv/conf",
                "XDG_DATA_HOME", "/srv/gegevens ü/", "XDG_CACHE_HOME", "/tmp/cache"), "/home/anouk");
        assertFolders(folders, "/srv/conf/koers", "/srv/gegevens ü/koers", "/tmp/cache/koers");
    }

    @Test
    void linuxFallsBackWhenAVariableIsUnsetEmptyOrRelative() {
        UserFolders folders = UserFolders.of("Linux", Map.of("XDG_DATA_HOME", " ", "XDG_CACHE_HOME", "cache"),
                "/home/anouk");
        assertFolders(folders, "/home/anouk/.config/koers", "/home/anouk/.local/share/koers",
                "/home/anouk/.cache/koers");
        assertEquals(Path.of("/home/anouk/.config/koers"),
                UserFolders.of("FreeBSD", Map.of(), "/home/anouk").config(), "other Unix systems follow XDG too");
    }

    @Test
    void propertiesMoveAFolder() {
        UserFolders folders = UserFolders.of("Linux", Map.of(), "/home/anouk")
                .movedBy(Map.of(UserFolders.DATA, " /data/koers ", UserFolders.CACHE, "")::get);
        assertFolders(folders, "/home/anouk/.config/koers", "/data/koers", "/home/anouk/.cache/koers");
    }

    private static void assertFolders(UserFolders folders, String config, String data, String cache) {
        assertEquals(config, folders.config().toString(), "config");
        assertEquals(data, folders.data().toString(), "data");
        assertEquals(cache, folders.cache().toString(), "cache");
    }
}
