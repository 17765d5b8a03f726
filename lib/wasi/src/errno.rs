//! WASI preview1 error numbers and their mapping from host errors.
//!
//! Every host function returns an [`Errno`] to the guest (0 = success).
//! Host `io::Error`s map by their OS error number when they carry one
//! (the usual case: cap-std and rustix report raw errnos); the few errors
//! without one map by kind. Invariant: a path that would leave a pre-opened
//! directory (cap-std reports `PermissionDenied` with no OS error) maps to
//! `NOTCAPABLE`, so sandbox escapes are always reported the same way.

use std::io;

/// A WASI preview1 `errno` (the values of the `wasi_snapshot_preview1`
/// witx definitions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u16)]
#[allow(missing_docs)]
pub enum Errno {
    Success = 0,
    TooBig = 1,
    Acces = 2,
    AddrInUse = 3,
    AddrNotAvail = 4,
    AfNoSupport = 5,
    Again = 6,
    Already = 7,
    Badf = 8,
    BadMsg = 9,
    Busy = 10,
    Canceled = 11,
    Child = 12,
    ConnAborted = 13,
    ConnRefused = 14,
    ConnReset = 15,
    Deadlk = 16,
    DestAddrReq = 17,
    Dom = 18,
    Dquot = 19,
    Exist = 20,
    Fault = 21,
    Fbig = 22,
    HostUnreach = 23,
    Idrm = 24,
    Ilseq = 25,
    InProgress = 26,
    Intr = 27,
    Inval = 28,
    Io = 29,
    IsConn = 30,
    IsDir = 31,
    Loop = 32,
    Mfile = 33,
    Mlink = 34,
    MsgSize = 35,
    Multihop = 36,
    NameTooLong = 37,
    NetDown = 38,
    NetReset = 39,
    NetUnreach = 40,
    Nfile = 41,
    NoBufs = 42,
    NoDev = 43,
    NoEnt = 44,
    NoExec = 45,
    NoLck = 46,
    NoLink = 47,
    NoMem = 48,
    NoMsg = 49,
    NoProtoOpt = 50,
    NoSpc = 51,
    NoSys = 52,
    NotConn = 53,
    NotDir = 54,
    NotEmpty = 55,
    NotRecoverable = 56,
    NotSock = 57,
    NotSup = 58,
    NoTty = 59,
    Nxio = 60,
    Overflow = 61,
    OwnerDead = 62,
    Perm = 63,
    Pipe = 64,
    Proto = 65,
    ProtoNoSupport = 66,
    ProtoType = 67,
    Range = 68,
    Rofs = 69,
    Spipe = 70,
    Srch = 71,
    Stale = 72,
    TimedOut = 73,
    TxtBsy = 74,
    Xdev = 75,
    NotCapable = 76,
}

impl Errno {
    /// The number the guest sees.
    pub fn raw(self) -> u16 {
        self as u16
    }
}

impl std::fmt::Display for Errno {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?} (errno {})", self.raw())
    }
}

impl std::error::Error for Errno {}

impl From<rustix::io::Errno> for Errno {
    fn from(e: rustix::io::Errno) -> Errno {
        from_os(e)
    }
}

impl From<io::Error> for Errno {
    fn from(e: io::Error) -> Errno {
        if let Some(raw) = e.raw_os_error() {
            return from_os(rustix::io::Errno::from_raw_os_error(raw));
        }
        use io::ErrorKind as K;
        match e.kind() {
            // cap-std's "a path led outside of the filesystem".
            K::PermissionDenied => Errno::NotCapable,
            K::NotFound => Errno::NoEnt,
            K::AlreadyExists => Errno::Exist,
            K::InvalidInput | K::InvalidData => Errno::Inval,
            K::WouldBlock => Errno::Again,
            K::Interrupted => Errno::Intr,
            K::Unsupported => Errno::NotSup,
            K::OutOfMemory => Errno::NoMem,
            K::BrokenPipe => Errno::Pipe,
            K::TimedOut => Errno::TimedOut,
            K::WriteZero | K::UnexpectedEof => Errno::Io,
            _ => Errno::Io,
        }
    }
}

fn from_os(e: rustix::io::Errno) -> Errno {
    use rustix::io::Errno as E;
    const TABLE: &[(E, Errno)] = &[
        (E::TOOBIG, Errno::TooBig),
        (E::ACCESS, Errno::Acces),
        (E::ADDRINUSE, Errno::AddrInUse),
        (E::ADDRNOTAVAIL, Errno::AddrNotAvail),
        (E::AFNOSUPPORT, Errno::AfNoSupport),
        (E::AGAIN, Errno::Again),
        (E::ALREADY, Errno::Already),
        (E::BADF, Errno::Badf),
        (E::BADMSG, Errno::BadMsg),
        (E::BUSY, Errno::Busy),
        (E::CANCELED, Errno::Canceled),
        (E::CHILD, Errno::Child),
        (E::CONNABORTED, Errno::ConnAborted),
        (E::CONNREFUSED, Errno::ConnRefused),
        (E::CONNRESET, Errno::ConnReset),
        (E::DEADLK, Errno::Deadlk),
        (E::DESTADDRREQ, Errno::DestAddrReq),
        (E::DOM, Errno::Dom),
        (E::DQUOT, Errno::Dquot),
        (E::EXIST, Errno::Exist),
        (E::FAULT, Errno::Fault),
        (E::FBIG, Errno::Fbig),
        (E::HOSTUNREACH, Errno::HostUnreach),
        (E::IDRM, Errno::Idrm),
        (E::ILSEQ, Errno::Ilseq),
        (E::INPROGRESS, Errno::InProgress),
        (E::INTR, Errno::Intr),
        (E::INVAL, Errno::Inval),
        (E::IO, Errno::Io),
        (E::ISCONN, Errno::IsConn),
        (E::ISDIR, Errno::IsDir),
        (E::LOOP, Errno::Loop),
        (E::MFILE, Errno::Mfile),
        (E::MLINK, Errno::Mlink),
        (E::MSGSIZE, Errno::MsgSize),
        (E::MULTIHOP, Errno::Multihop),
        (E::NAMETOOLONG, Errno::NameTooLong),
        (E::NETDOWN, Errno::NetDown),
        (E::NETRESET, Errno::NetReset),
        (E::NETUNREACH, Errno::NetUnreach),
        (E::NFILE, Errno::Nfile),
        (E::NOBUFS, Errno::NoBufs),
        (E::NODEV, Errno::NoDev),
        (E::NOENT, Errno::NoEnt),
        (E::NOEXEC, Errno::NoExec),
        (E::NOLCK, Errno::NoLck),
        (E::NOLINK, Errno::NoLink),
        (E::NOMEM, Errno::NoMem),
        (E::NOMSG, Errno::NoMsg),
        (E::NOPROTOOPT, Errno::NoProtoOpt),
        (E::NOSPC, Errno::NoSpc),
        (E::NOSYS, Errno::NoSys),
        (E::NOTCONN, Errno::NotConn),
        (E::NOTDIR, Errno::NotDir),
        (E::NOTEMPTY, Errno::NotEmpty),
        (E::NOTRECOVERABLE, Errno::NotRecoverable),
        (E::NOTSOCK, Errno::NotSock),
        (E::NOTSUP, Errno::NotSup),
        (E::NOTTY, Errno::NoTty),
        (E::NXIO, Errno::Nxio),
        (E::OVERFLOW, Errno::Overflow),
        (E::OWNERDEAD, Errno::OwnerDead),
        (E::PERM, Errno::Perm),
        (E::PIPE, Errno::Pipe),
        (E::PROTO, Errno::Proto),
        (E::PROTONOSUPPORT, Errno::ProtoNoSupport),
        (E::PROTOTYPE, Errno::ProtoType),
        (E::RANGE, Errno::Range),
        (E::ROFS, Errno::Rofs),
        (E::SPIPE, Errno::Spipe),
        (E::SRCH, Errno::Srch),
        (E::STALE, Errno::Stale),
        (E::TIMEDOUT, Errno::TimedOut),
        (E::TXTBSY, Errno::TxtBsy),
        (E::XDEV, Errno::Xdev),
    ];
    TABLE
        .iter()
        .find(|(os, _)| *os == e)
        .map(|(_, w)| *w)
        .unwrap_or(Errno::Io)
}

/// What every WASI call returns inside the host.
pub type WasiResult<T> = Result<T, Errno>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_map_by_number() {
        let e = io::Error::from_raw_os_error(rustix::io::Errno::NOENT.raw_os_error());
        assert_eq!(Errno::from(e), Errno::NoEnt);
        let e = io::Error::from_raw_os_error(rustix::io::Errno::NOTEMPTY.raw_os_error());
        assert_eq!(Errno::from(e), Errno::NotEmpty);
    }

    #[test]
    fn sandbox_escapes_are_not_capable() {
        let e = io::Error::new(io::ErrorKind::PermissionDenied, "a path led outside");
        assert_eq!(Errno::from(e), Errno::NotCapable);
        assert_eq!(Errno::NotCapable.raw(), 76);
    }
}
