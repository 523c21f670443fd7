-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "paymentCurrency" TEXT NOT NULL DEFAULT 'USD';

