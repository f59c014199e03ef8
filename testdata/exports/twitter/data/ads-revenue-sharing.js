window.YTD.ads_revenue_sharing.part0 = [
  {
    "adsRevenueSharing" : {
      "status" : "Enrolled",
      "enrolledAt" : "2023-08-01T00:00:00.000Z",
      "payouts" : [
        {
          "paidAt" : "2023-12-15T00:00:00.000Z",
          "payoutAmountUsd" : "52.17"
        },
        {
          "paidAt" : "2024-01-15T00:00:00.000Z",
          "payoutAmountUsd" : "18.90"
        }
      ]
    }
  }
]
