-- AlterTable
ALTER TABLE "User" ADD COLUMN     "contact" TEXT,
ADD COLUMN     "facebookUrl" TEXT,
ADD COLUMN     "googlePlusUrl" TEXT,
ADD COLUMN     "instagramUrl" TEXT,
ADD COLUMN     "publicName" TEXT,
ADD COLUMN     "twitterUrl" TEXT;

