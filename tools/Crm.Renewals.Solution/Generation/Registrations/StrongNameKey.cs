using System;
using System.Buffers.Binary;
using System.IO;
using System.Security.Cryptography;

namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>
/// The public key token of a strong-name key file (<c>.snk</c>), computed the way the runtime does: the
/// last 8 bytes, reversed, of the SHA-1 hash of the public key blob (signature algorithm, hash algorithm,
/// length, then the CAPI <c>PUBLICKEYBLOB</c> holding the RSA modulus).
/// </summary>
public static class StrongNameKey
{
    private const byte PrivateKeyBlob = 0x07;
    private const byte PublicKeyBlob = 0x06;
    private const byte BlobVersion = 0x02;
    private const uint RsaSignatureAlgorithm = 0x00002400;
    private const uint Sha1HashAlgorithm = 0x00008004;
    private const int BlobHeaderLength = 8;
    private const int RsaPublicKeyLength = 12;
    private const int StrongNameHeaderLength = 12;
    private const int TokenLength = 8;
    private const uint RsaPublicMagic = 0x31415352;

    /// <summary>Reads the key file and returns its public key token as 16 lower-case hex digits.</summary>
    /// <param name="snkPath">Path of a key pair (<c>sn -k</c>) or public key (<c>sn -p</c>) file.</param>
    /// <returns>E.g. <c>31bf3856ad364e35</c>.</returns>
    /// <exception cref="GenerationException">The file is missing or not a strong-name key.</exception>
    public static string PublicKeyToken(string snkPath)
    {
        if (!File.Exists(snkPath))
        {
            throw new GenerationException($"{snkPath}: the strong-name key file is missing.");
        }

        return TokenOf(PublicKey(File.ReadAllBytes(snkPath), snkPath));
    }

    /// <summary>The token of a public key blob as found in an assembly's metadata.</summary>
    /// <param name="publicKey">The public key blob (starting with the signature and hash algorithm ids).</param>
    /// <returns>16 lower-case hex digits.</returns>
    public static string TokenOf(ReadOnlySpan<byte> publicKey)
    {
        byte[] token = SHA1.HashData(publicKey)[^TokenLength..];
        Array.Reverse(token);
        return Convert.ToHexStringLower(token);
    }

    /// <summary>The public key blob of a key pair or public key file.</summary>
    private static byte[] PublicKey(byte[] file, string snkPath)
    {
        if (file.Length > StrongNameHeaderLength + BlobHeaderLength && file[StrongNameHeaderLength] == PublicKeyBlob)
        {
            return file;
        }

        if (file.Length < BlobHeaderLength + RsaPublicKeyLength || file[0] != PrivateKeyBlob || file[1] != BlobVersion)
        {
            throw new GenerationException($"{snkPath}: not a strong-name key (expected a CAPI private key blob, as written by sn -k).");
        }

        int bitLength = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(BlobHeaderLength + 4));
        int capiLength = BlobHeaderLength + RsaPublicKeyLength + (bitLength / 8);
        byte[] blob = new byte[StrongNameHeaderLength + capiLength];
        BinaryPrimitives.WriteUInt32LittleEndian(blob, RsaSignatureAlgorithm);
        BinaryPrimitives.WriteUInt32LittleEndian(blob.AsSpan(4), Sha1HashAlgorithm);
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(8), capiLength);
        file.AsSpan(0, capiLength).CopyTo(blob.AsSpan(StrongNameHeaderLength));
        Span<byte> capi = blob.AsSpan(StrongNameHeaderLength);
        capi[0] = PublicKeyBlob;

        // A key pair may carry the key-exchange algorithm id; the public key of a signature is always RSA_SIGN.
        BinaryPrimitives.WriteUInt32LittleEndian(capi[4..], RsaSignatureAlgorithm);
        BinaryPrimitives.WriteUInt32LittleEndian(capi[BlobHeaderLength..], RsaPublicMagic);
        return blob;
    }
}
