using System.Runtime.InteropServices;

namespace ConsistencyCheck.Cli;

/// <summary>What kind of file system entry a path names, after following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO).</summary>
    NamedPipe,

    /// <summary>A character device, such as <c>/dev/null</c>.</summary>
    CharacterDevice,

    /// <summary>A block device, such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket or another special file.</summary>
    Socket,

    /// <summary>A path one of whose parent components is not a folder (ENOTDIR).</summary>
    BelowAFile,
}

/// <summary>
/// The kind and identity (device and inode) of the entry a path names, following symbolic links.
/// <see cref="Device"/> and <see cref="Inode"/> are zero when the platform does not say.
/// </summary>
/// <param name="Kind">What is there.</param>
/// <param name="Device">The device that holds it (major in the high 32 bits, minor in the low).</param>
/// <param name="Inode">Its inode number on that device.</param>
internal readonly record struct FileProbe(FileKind Kind, ulong Device, ulong Inode)
{
    private const int AtCurrentFolder = -100;
    private const uint StatxTypeModeInode = 0x1 | 0x2 | 0x100;
    private const int NoSuchEntry = 2;
    private const int NotAFolder = 20;

    /// <summary>True when <see cref="Device"/> and <see cref="Inode"/> identify the file.</summary>
    public bool HasIdentity => Inode != 0;

    /// <summary>
    /// Looks at <paramref name="path"/>. On Linux with <c>statx</c> (glibc 2.28 or later) every kind is told apart and the
    /// identity is known; elsewhere only a file, a folder and nothing are told apart, with no identity.
    /// </summary>
    public static FileProbe Of(string path)
    {
        if (OperatingSystem.IsLinux() && TryStatx(path, out var probe))
        {
            return probe;
        }

        return Directory.Exists(path) ? new FileProbe(FileKind.Directory, 0, 0)
            : File.Exists(path) ? new FileProbe(FileKind.Regular, 0, 0)
            : new FileProbe(FileKind.Missing, 0, 0);
    }

    /// <summary>True when both name the same file: the same identity, or, without one, the same resolved path.</summary>
    public static bool Same(string first, FileProbe firstProbe, string second, FileProbe secondProbe)
    {
        if (firstProbe.Kind == FileKind.Missing || secondProbe.Kind == FileKind.Missing)
        {
            return false;
        }

        return firstProbe.HasIdentity && secondProbe.HasIdentity
            ? firstProbe.Device == secondProbe.Device && firstProbe.Inode == secondProbe.Inode
            : string.Equals(OutputTarget.Resolve(first), OutputTarget.Resolve(second), PathComparison);
    }

    /// <summary>How paths compare on this platform.</summary>
    public static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static bool TryStatx(string path, out FileProbe probe)
    {
        probe = default;
        // struct statx is 256 bytes with the same layout on every architecture (the kernel's ABI): stx_mode at 28,
        // stx_ino at 32, stx_dev_major at 136 and stx_dev_minor at 140.
        var buffer = new byte[256];
        int result;
        try
        {
            result = NativeMethods.Statx(AtCurrentFolder, path, 0, StatxTypeModeInode, buffer);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        if (result != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            probe = new FileProbe(errno == NotAFolder ? FileKind.BelowAFile : FileKind.Missing, 0, 0);
            return errno is NoSuchEntry or NotAFolder;
        }

        var mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(28));
        var inode = MemoryMarshal.Read<ulong>(buffer.AsSpan(32));
        var device = ((ulong)MemoryMarshal.Read<uint>(buffer.AsSpan(136)) << 32) | MemoryMarshal.Read<uint>(buffer.AsSpan(140));
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.NamedPipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Socket,
        };
        probe = new FileProbe(kind, device, inode);
        return true;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
    }
}
